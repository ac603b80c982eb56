namespace OncologyBilling.Scrubber.Model;

public enum LineKind
{
    Administration,
    Drug,
    Service,
}
