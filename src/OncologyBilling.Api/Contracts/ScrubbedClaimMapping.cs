namespace OncologyBilling.Api.Contracts;

internal static class ScrubbedClaimMapping
{
    public static ScrubbedClaim ToContract(this ScrubResult result) => new()
    {
        EncounterId = result.EncounterId,
        RunId = result.RunId,
        Status = result.Status,
        ClaimType = result.ClaimType,
        DateOfService = result.DateOfService,
        Diagnoses = [.. result.Diagnoses.Select(d => new DiagnosisOutput { Pointer = d.Pointer, Code = d.Code })],
        Lines = [.. result.Lines.Select(ToContract)],
        Findings = [.. result.Findings.Select(f => new FindingOutput { RuleId = f.RuleId, Severity = f.Severity, Message = f.Message, Path = f.Path, Line = f.Line })],
        Checks = [.. result.Checks.Select(c => new CheckOutput { Family = c.Family, Status = c.Status, DataVersion = c.DataVersion, Note = c.Note })],
        ReferenceData = new ReferenceDataOutput
        {
            Version = result.ReferenceDataVersion,
            Tables = [.. result.Tables.Select(t => new TableOutput { Table = t.Table, Version = t.Version, Source = t.Source, EffectiveFrom = t.EffectiveFrom, EffectiveTo = t.EffectiveTo,
                CoversDateOfService = t.Covers(result.DateOfService) })],
        },
        Estimate = result.Estimate.ToContract(),
    };

    private static LineOutput ToContract(NumberedLine numbered)
    {
        var line = numbered.Line;
        return new LineOutput
        {
            Line = numbered.Number,
            Kind = line.Kind,
            Code = line.Code,
            Units = line.Units,
            Modifiers = [.. line.Modifiers.Order(StringComparer.Ordinal)],
            Category = line.Category,
            Minutes = line.Minutes,
            AdministrationIds = line.AdministrationIds,
            DiagnosisPointers = line.DiagnosisPointers,
            RuleIds = line.RuleIds,
            Explanation = line.Explanation,
            Ndc = line.Ndc,
            ServiceDate = line.ServiceDate,
            RevenueCode = line.RevenueCode,
        };
    }
}
