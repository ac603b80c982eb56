namespace OncologyBilling.X12.Rendering;

/// <summary>Reads the claim and the configuration into an <see cref="X12Document"/>, or the problems that stop it.</summary>
internal static class X12DocumentBuilder
{
    private const string Config = "X12";

    public static (X12Document? Document, IReadOnlyList<X12Problem> Problems) Build(X12Claim claim, X12Options options, DateTimeOffset created)
    {
        var checks = new X12Checks();
        var result = claim.Result;
        var paths = claim.Paths;
        if (result.Status == ClaimStatus.Rejected)
        {
            var rules = string.Join(", ", result.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.RuleId).Distinct());
            checks.Add("status", $"The scrubbed claim is rejected ({rules}); fix what its error findings name before asking for an 837.");
        }

        var envelope = Envelope(checks, options, result.RunId, created);
        var submitter = new X12Party(
            checks.Need(options.Submitter.Name, $"{Config}:Submitter:Name", "The submitter name (1000A NM103)", 60),
            checks.Need(options.Submitter.Id, $"{Config}:Submitter:Id", "The submitter EDI id (1000A NM109)", 80),
            checks.Need(options.Submitter.ContactName, $"{Config}:Submitter:ContactName", "The submitter contact (1000A PER02)", 60),
            checks.Digits(options.Submitter.ContactPhone, $"{Config}:Submitter:ContactPhone", "The submitter telephone (1000A PER04)", 10));
        var receiver = new X12Party(
            checks.Need(options.Receiver.Name, $"{Config}:Receiver:Name", "The receiver name (1000B NM103)", 60),
            checks.Need(options.Receiver.Id, $"{Config}:Receiver:Id", "The receiver EDI id (1000B NM109)", 80));
        var provider = X12ProviderReader.Read(checks, claim, options);
        var subscriber = X12SubscriberReader.Read(checks, claim.Patient, paths.Patient);
        var payer = new X12Party(
            checks.Need(claim.PayerName, paths.PayerName, "The payer name (2010BB NM103)", 60),
            checks.Need(claim.Encounter.Payer.Id, paths.PayerId, "The payer id (2010BB NM109)", 80));
        var filing = FilingIndicator(checks, claim.Encounter.Payer.Type, result.ClaimType, paths.PayerType);
        var claimId = checks.Need(claim.Encounter.EncounterId, paths.EncounterId, "The patient control number (CLM01, the encounterId)", 38);
        var rendering = RenderingProvider(checks, claim, provider?.Npi);
        var maxDiagnoses = result.ClaimType == ClaimType.Professional ? 12 : 25;
        if (result.Diagnoses.Count > maxDiagnoses)
        {
            checks.Add("diagnoses", $"The claim has {result.Diagnoses.Count} diagnoses; an {(maxDiagnoses == 12 ? "837P" : "837I")} carries at most {maxDiagnoses}.");
        }

        var lines = X12LineBuilder.Build(checks, claim, options);
        if (checks.Problems.Count > 0 || provider is null || subscriber is null)
        {
            return (null, checks.Problems);
        }

        return (new X12Document
        {
            Envelope = envelope,
            Submitter = submitter,
            Receiver = receiver,
            BillingProvider = provider,
            Subscriber = subscriber,
            Payer = payer,
            ClaimFilingIndicator = filing,
            ClaimId = claimId,
            DateOfService = result.DateOfService,
            Diagnoses = [.. result.Diagnoses.OrderBy(d => d.Pointer).Select(d => X12Text.Diagnosis(d.Code))],
            Lines = lines,
            RenderingProvider = rendering,
        }, []);
    }

    private static X12Envelope Envelope(X12Checks checks, X12Options options, Guid runId, DateTimeOffset created) => new(
        checks.Need(options.SenderIdQualifier, $"{Config}:SenderIdQualifier", "The interchange sender id qualifier (ISA05)", 2),
        checks.Need(options.SenderId, $"{Config}:SenderId", "The interchange sender id (ISA06)", 15),
        checks.Need(options.ReceiverIdQualifier, $"{Config}:ReceiverIdQualifier", "The interchange receiver id qualifier (ISA07)", 2),
        checks.Need(options.ReceiverId, $"{Config}:ReceiverId", "The interchange receiver id (ISA08)", 15),
        checks.Need(options.ApplicationSenderCode, $"{Config}:ApplicationSenderCode", "The application sender's code (GS02)", 15),
        checks.Need(options.ApplicationReceiverCode, $"{Config}:ApplicationReceiverCode", "The application receiver's code (GS03)", 15),
        checks.OneOf(options.UsageIndicator, $"{Config}:UsageIndicator", "The usage indicator (ISA15)", "T", "P"),
        X12Text.ControlNumber(runId),
        runId.ToString("N"),
        created);

    // SBR09. Medicare Advantage plans file as 16 (HMO Medicare Risk) or otherwise by plan type, which the request does not say.
    private static string FilingIndicator(X12Checks checks, PayerType type, ClaimType claimType, string path)
    {
        switch (type)
        {
            case PayerType.Medicare:
                return claimType == ClaimType.Professional ? "MB" : "MA";
            case PayerType.Medicaid:
                return "MC";
            case PayerType.Commercial:
                return "CI";
            case PayerType.MedicareAdvantage:
                checks.Add(path, "A Medicare Advantage plan's claim filing indicator (SBR09: 16 HMO Medicare Risk, or by plan type) is not in the request; the 837 cannot be written for it.");
                return string.Empty;
            default:
                checks.Add(path, "A self-pay encounter is not billed to a payer, so there is no 837 to write.");
                return string.Empty;
        }
    }

    private static X12Person? RenderingProvider(X12Checks checks, X12Claim claim, string? billingNpi)
    {
        var path = claim.Paths.RenderingProvider;
        var person = claim.RenderingProvider;
        var institutional = claim.Result.ClaimType == ClaimType.Institutional;
        if (person is null)
        {
            if (institutional)
            {
                checks.Add(path, $"The attending provider (837I loop 2310A) is required: send {path} with npi, lastName and firstName.");
            }

            return null;
        }

        var npi = checks.Digits(person.Npi, $"{path}.npi", "The rendering/attending provider NPI", 10);
        var last = checks.Need(person.LastName, $"{path}.lastName", "The rendering/attending provider's last name", 60);
        var first = checks.Optional(person.FirstName, $"{path}.firstName", "The rendering/attending provider's first name", 35);
        // 837P 2310B is written only when the rendering provider differs from the billing provider.
        return !institutional && npi == billingNpi ? null : new X12Person(npi, last, first);
    }
}
