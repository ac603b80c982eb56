using OncologyBilling.Scrubber.Estimate;

namespace OncologyBilling.Api.Contracts;

internal static class EstimateMapping
{
    public static EstimateOutput? ToContract(this SiteOfCareEstimate? estimate) => estimate is null ? null : new()
    {
        DateOfService = estimate.DateOfService,
        Office = estimate.Office.ToContract(),
        HospitalOutpatient = estimate.HospitalOutpatient.ToContract(),
        Difference = new EstimateDifferenceOutput
        {
            Allowed = estimate.Difference.Allowed,
            Coinsurance = estimate.Difference.Coinsurance,
            Status = estimate.Difference.Status,
            Basis = estimate.Difference.Basis,
        },
        Notes = estimate.Notes,
        Excludes = estimate.Excludes,
    };

    private static EstimateSettingOutput ToContract(this SettingEstimate setting) => new()
    {
        Setting = setting.Setting,
        Status = setting.Status,
        Allowed = setting.Allowed,
        Coinsurance = setting.Coinsurance,
        MedicarePayment = setting.MedicarePayment,
        MissingCodes = setting.MissingCodes,
        Unpriced = setting.Unpriced,
        Lines = [.. setting.Lines.Select(l => new EstimateLineOutput
        {
            Line = l.Line, Code = l.Code, Units = l.Units, Pricing = l.Pricing, Indicator = l.Indicator, Amount = l.Amount,
            Coinsurance = l.Coinsurance, Basis = l.Basis, CoinsuranceBasis = l.CoinsuranceBasis, Table = l.Source?.Table, Release = l.Source?.Version,
        })],
        Sources = [.. setting.Sources.Select(s => new EstimateSourceOutput
        {
            Table = s.Table.Table, Release = s.Table.Version, Source = s.Table.Source, EffectiveFrom = s.Table.EffectiveFrom,
            EffectiveTo = s.Table.EffectiveTo, Fit = s.Fit, Note = s.Note,
        })],
    };
}
