namespace OncologyBilling.X12.Rendering;

internal sealed record X12Subscriber(string LastName, string? FirstName, string MemberId, X12Address Address, DateOnly DateOfBirth, string Sex)
{
    public override string ToString() => "X12Subscriber { *** }";
}
