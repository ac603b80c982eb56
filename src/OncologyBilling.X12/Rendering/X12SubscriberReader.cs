namespace OncologyBilling.X12.Rendering;

/// <summary>Loop 2010BA from the request's patient, who is the subscriber (SBR02 = 18): name, member id, address, birth date, sex.</summary>
internal static class X12SubscriberReader
{
    public static X12Subscriber? Read(X12Checks checks, X12Patient patient, string path)
    {
        var before = checks.Problems.Count;
        var last = checks.Need(patient.LastName, $"{path}.lastName", "The subscriber's last name (2010BA NM103)", 60);
        var first = checks.Optional(patient.FirstName, $"{path}.firstName", "The subscriber's first name (2010BA NM104)", 35);
        var member = checks.Need(patient.MemberId, $"{path}.memberId", "The subscriber's member id (2010BA NM109)", 80);
        var address = X12ProviderReader.Address(checks, patient.Address, $"{path}.address", billing: false);
        if (patient.DateOfBirth is null)
        {
            checks.Add($"{path}.dateOfBirth", $"The subscriber's date of birth (2010BA DMG02) is required for the 837: send {path}.dateOfBirth.");
        }

        var sex = Sex(checks, patient.Sex, $"{path}.sex");
        return checks.Problems.Count > before ? null : new X12Subscriber(last, first, member, address, patient.DateOfBirth!.Value, sex);
    }

    // DMG03 takes F, M or U; any other recorded value is not mapped by guess.
    private static string Sex(X12Checks checks, string? value, string path)
    {
        var code = value?.Trim().ToUpperInvariant() switch
        {
            "F" or "FEMALE" => "F",
            "M" or "MALE" => "M",
            "U" or "UNKNOWN" => "U",
            _ => null,
        };
        if (code is null)
        {
            checks.Add(path, "The subscriber's sex (2010BA DMG03) must be female, male or unknown (F, M or U) for the 837.");
        }

        return code ?? string.Empty;
    }
}
