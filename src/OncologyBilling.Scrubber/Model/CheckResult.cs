namespace OncologyBilling.Scrubber.Model;

/// <summary>One entry of <c>checks</c>: a rule family, whether it ran, the data version it used and why not, if it did not.</summary>
public sealed record CheckResult(string Family, CheckStatus Status, string? DataVersion, string? Note = null);
