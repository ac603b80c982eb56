using OncologyBilling.Api.Contracts;
using OncologyBilling.X12.Rendering;

namespace OncologyBilling.Api.X12;

/// <summary>What the 837 needs from a JSON request besides the encounter: the people on the claim and the payer's name.</summary>
internal static class X12ClaimMapping
{
    public static X12Claim ToX12Claim(this ScrubRequest request, Encounter encounter, ScrubResult result) => new()
    {
        Result = result,
        Encounter = encounter,
        Patient = new X12Patient
        {
            LastName = request.Patient?.LastName,
            FirstName = request.Patient?.FirstName,
            MemberId = request.Patient?.MemberId,
            DateOfBirth = request.Patient?.DateOfBirth,
            Sex = request.Patient?.Sex,
            Address = request.Patient?.Address is { } a
                ? new X12AddressOptions { Line1 = a.Line1, Line2 = a.Line2, City = a.City, State = a.State, PostalCode = a.PostalCode }
                : null,
        },
        RenderingProvider = request.RenderingProvider is { } p ? new X12Person(p.Npi, p.LastName, p.FirstName) : null,
        PayerName = request.Payer?.Name,
    };
}
