using OncologyBilling.X12.Rendering;

namespace OncologyBilling.X12.Tests.Rendering;

/// <summary>
/// The README's office chemotherapy day (paclitaxel 333 mg, 10:00–12:45 = 165 min: 96413 × 1 and 96415 × 2 per
/// ADM-TIME-02, J9267 paclitaxel 1 mg × 333 (office: multiple-dose vials, no JW/JZ; the hospital fixture carries JZ to
/// cover a modifier), Z51.11 before C56.1 per DX-SEQ), with obviously fake people.
/// Expected lines are worked by hand from coding-rules.md, not produced by the scrubber.
/// </summary>
internal static class ClaimFixtures
{
    public const string BillingNpi = "1234567893";
    public const string RenderingNpi = "1245319599";
    public static readonly Guid RunId = Guid.Parse("6f1c2a3b-9d4e-4f50-8a61-0b2c3d4e5f60");
    public static readonly DateOnly Date = new(2026, 3, 2);

    public static X12Claim Claim(CareSetting setting) => new()
    {
        Result = Result(setting),
        Encounter = Encounter(setting),
        Patient = new X12Patient
        {
            LastName = "DOE", FirstName = "JANE", MemberId = "1EG4TE5MK73", DateOfBirth = new DateOnly(1951, 7, 4), Sex = "female",
            Address = new X12AddressOptions { Line1 = "123 MAIN ST", City = "ANYTOWN", State = "PA", PostalCode = "17111" },
        },
        PayerName = "MEDICARE",
        RenderingProvider = new X12Person(RenderingNpi, "SMITH", "ALEX"),
    };

    public static ScrubResult Result(CareSetting setting)
    {
        var hospital = setting == CareSetting.HospitalOutpatient;
        return new ScrubResult
        {
            EncounterId = hospital ? "ENC-0002" : "ENC-0001",
            RunId = RunId,
            Status = ClaimStatus.Clean,
            ClaimType = hospital ? ClaimType.Institutional : ClaimType.Professional,
            DateOfService = Date,
            Diagnoses = [new ClaimDiagnosis(1, "Z51.11"), new ClaimDiagnosis(2, "C56.1")],
            Lines =
            [
                Line(1, LineKind.Administration, "96413", 1, hospital ? "0335" : null),
                Line(2, LineKind.Administration, "96415", 2, hospital ? "0335" : null),
                Line(3, LineKind.Drug, "J9267", 333, hospital ? "0636" : null, hospital ? "JZ" : null, "00703321601"),
            ],
            Findings = [],
            Checks = [],
            ReferenceDataVersion = "test",
            Tables = [],
        };
    }

    public static Encounter Encounter(CareSetting setting) => new()
    {
        EncounterId = setting == CareSetting.HospitalOutpatient ? "ENC-0002" : "ENC-0001",
        Setting = setting,
        DateOfService = Date,
        Payer = new Payer(PayerType.Medicare, "12345"),
        BillingProvider = new BillingProvider(BillingNpi, false),
        Diagnoses = ["C56.1"],
        Administrations =
        [
            new Administration
            {
                Index = 0, Id = "a1", Drug = new DrugReference(null, "paclitaxel", "00703321601"), Route = AdministrationRoute.IvInfusion,
                Start = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(-5)), End = new DateTimeOffset(2026, 3, 2, 12, 45, 0, TimeSpan.FromHours(-5)),
                Dose = new Quantity(333m, DoseUnit.Mg),
            },
        ],
    };

    public static X12Options Options(CareSetting setting)
    {
        var hospital = setting == CareSetting.HospitalOutpatient;
        return new X12Options
        {
            SenderIdQualifier = "ZZ", SenderId = "ONCBILLSUB", ReceiverIdQualifier = "ZZ", ReceiverId = "CLEARHOUSE",
            ApplicationSenderCode = "ONCBILLSUB", ApplicationReceiverCode = "CLEARHOUSE", UsageIndicator = "T",
            Submitter = new X12PartyOptions { Name = "EXAMPLE SUBMITTER", Id = "SUB12345", ContactName = "BILLING OFFICE", ContactPhone = "5555550100" },
            Receiver = new X12PartyOptions { Name = "EXAMPLE CLEARINGHOUSE", Id = "CH99999" },
            BillingProviders = new(StringComparer.Ordinal)
            {
                [BillingNpi] = new X12BillingProviderOptions
                {
                    Name = hospital ? "EXAMPLE HOSPITAL" : "EXAMPLE ONCOLOGY GROUP", TaxId = "123456789",
                    TaxonomyCode = hospital ? "282N00000X" : "207RX0202X",
                    Address = new X12AddressOptions { Line1 = "100 CLINIC WAY", City = "ANYTOWN", State = "PA", PostalCode = "171110001" },
                    ProviderSignatureOnFile = "Y", AssignmentCode = "A", BenefitsAssignment = "Y", ReleaseOfInformation = "Y",
                    AdmissionTypeCode = "3", PatientStatusCode = "01",
                    Charges = new(StringComparer.OrdinalIgnoreCase)
                    {
                        ["96413"] = hospital ? 1200m : 350m, ["96415"] = hospital ? 250m : 75m, ["J9267"] = hospital ? 1.25m : 0.50m,
                    },
                },
            },
        };
    }

    private static NumberedLine Line(int number, LineKind kind, string code, int units, string? revenueCode, string? modifier = null, string? ndc = null) =>
        new(number, new ClaimLine
        {
            Kind = kind, Code = code, Units = units, Explanation = "fixture", DiagnosisPointers = [1, 2], RevenueCode = revenueCode,
            Modifiers = modifier is null ? [] : [modifier], Ndc = ndc, AdministrationIds = ["a1"], AdministrationIndexes = [0],
            Category = DrugCategory.Chemotherapy,
        });
}
