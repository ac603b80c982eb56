using OncologyBilling.Api.Serialization;

namespace OncologyBilling.Api.Contracts;

/// <summary>
/// The scrub result in its contract shape. Lists the result already holds in the contract's form (a line's
/// administration ids, pointers, rule ids, sorted modifiers; the estimate's notes) are passed on, not copied: the
/// result is final once the scrubber returns it.
/// </summary>
internal static class ScrubbedClaimMapping
{
    private static readonly Func<ClaimDiagnosis, DiagnosisOutput> Diagnosis = d => new() { Pointer = d.Pointer, Code = d.Code };
    private static readonly Func<NumberedLine, LineOutput> FullLine = l => ToContract(l, ClaimDetail.Full);
    private static readonly Func<NumberedLine, LineOutput> CompactLine = l => ToContract(l, ClaimDetail.Compact);
    private static readonly Func<Finding, FindingOutput> FindingOf = f =>
        new() { RuleId = f.RuleId, Severity = f.Severity, Message = f.Message, Path = f.Path, Line = f.Line };
    private static readonly Func<CheckResult, CheckOutput> Check = c =>
        new() { Family = c.Family, Status = c.Status, DataVersion = c.DataVersion, Note = c.Note };

    /// <param name="result">The scrub result.</param>
    /// <param name="detail">Compact leaves out what the compact JSON does not write (the lines' explanations, the tables).</param>
    public static ScrubbedClaim ToContract(this ScrubResult result, ClaimDetail detail = ClaimDetail.Full) => new()
    {
        EncounterId = result.EncounterId,
        RunId = result.RunId,
        Status = result.Status,
        ClaimType = result.ClaimType,
        DateOfService = result.DateOfService,
        Diagnoses = ContractLists.Map(result.Diagnoses, Diagnosis),
        Lines = ContractLists.Map(result.Lines, detail == ClaimDetail.Compact ? CompactLine : FullLine),
        Findings = ContractLists.Map(result.Findings, FindingOf),
        Checks = ContractLists.Map(result.Checks, Check),
        ReferenceData = new ReferenceDataOutput
        {
            Version = result.ReferenceDataVersion,
            Tables = detail == ClaimDetail.Compact ? [] : TableOutputs.For(result.Tables, result.DateOfService),
        },
        Estimate = result.Estimate.ToContract(),
    };

    private static LineOutput ToContract(NumberedLine numbered, ClaimDetail detail)
    {
        var line = numbered.Line;
        return new LineOutput
        {
            Line = numbered.Number,
            Kind = line.Kind,
            Code = line.Code,
            Units = line.Units,
            Modifiers = ContractLists.Ordered(line.Modifiers),
            Category = line.Category,
            Minutes = line.Minutes,
            AdministrationIds = line.AdministrationIds,
            DiagnosisPointers = line.DiagnosisPointers,
            RuleIds = line.RuleIds,
            // The explanation is worded on first read; the compact form never writes it, so it is not worded.
            Explanation = detail == ClaimDetail.Compact ? string.Empty : line.Explanation,
            Ndc = line.Ndc,
            ServiceDate = line.ServiceDate,
            RevenueCode = line.RevenueCode,
        };
    }
}
