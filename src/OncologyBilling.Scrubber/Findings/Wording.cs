using System.Globalization;
using System.Text.RegularExpressions;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Findings;

/// <summary>
/// How finding messages and line explanations print vocabulary values: units as the contract spells them (mg, mcg, g,
/// mL, units), containers, categories, routes and payers in words. An enum's ToString() ("Mg", "SingleDose") is for
/// code, not for billing staff, so every message goes through here.
/// </summary>
public static partial class Wording
{
    /// <summary>A fact as billing staff read it; a value with no wording here is a programming error, never printed raw.</summary>
    public static string Of(object value) => value switch
    {
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        decimal amount => Number(amount),
        DateOnly date => Date(date),
        DateTimeOffset time => Time(time),
        TimelineEntry entry => Describe(entry),
        Quantity quantity => Amount(quantity.Amount, quantity.Unit),
        DoseUnit unit => Unit(unit),
        DrugCategory category => Category(category),
        AdministrationRoute route => Route(route),
        ContainerType container => Container(container),
        PayerType payer => Payer(payer),
        IEnumerable<string> items => string.Join(", ", items),
        IEnumerable<decimal> numbers => string.Join(", ", numbers.Select(Number)),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "No wording for this kind of fact."),
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>24-hour clock in the documented offset.</summary>
    public static string Time(DateTimeOffset time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"09:15–12:15", "at 09:00", or with dates when the service crosses midnight.</summary>
    public static string Times(TimelineEntry entry) => entry.End is not { } end
        ? $"at {Time(entry.Start)}"
        : DateOnly.FromDateTime(end.DateTime) == entry.ServiceDate
            ? $"{Time(entry.Start)}–{Time(end)}"
            : $"{entry.Start:yyyy-MM-dd HH:mm}–{end:yyyy-MM-dd HH:mm}";

    /// <summary>"paclitaxel 09:15–12:15 (180 min)" or "palonosetron at 09:00".</summary>
    public static string Describe(TimelineEntry entry) =>
        entry.Minutes is { } minutes && entry.End is not null
            ? $"{entry.Drugs} {Times(entry)} ({minutes} min)"
            : $"{entry.Drugs} at {Time(entry.Start)}";

    public static string Unit(DoseUnit unit) => unit switch
    {
        DoseUnit.Mg => "mg",
        DoseUnit.Mcg => "mcg",
        DoseUnit.G => "g",
        DoseUnit.ML => "mL",
        DoseUnit.Units => "units",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>A plain number: invariant culture, at most three decimals (DRG-UNIT-02), no trailing zeros.</summary>
    public static string Number(decimal amount) => amount.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>"333 mg", "0.25 mL".</summary>
    public static string Amount(decimal amount, DoseUnit unit) => $"{Number(amount)} {Unit(unit)}";

    /// <summary>
    /// A CMS file's dosage label ("10 MG", "1000 CC", "UP TO 50 MG") with the units after a number spelled as the
    /// contract spells them ("10 mg", "1000 cc"); other text of the label is kept as published.
    /// </summary>
    public static string CmsDosage(string label) => CmsUnit().Replace(label, m => m.Groups[1].Value + m.Groups[2].Value.ToUpperInvariant() switch
    {
        "ML" => "mL",
        "GM" => "g",
        var other => other.ToLowerInvariant(),
    });

    public static string Container(ContainerType container) => container switch
    {
        ContainerType.SingleDose => "single-dose",
        ContainerType.MultipleDose => "multiple-dose",
        ContainerType.PerNdc => "single- or multiple-dose by NDC",
        ContainerType.PrefilledSyringe => "prefilled syringe",
        ContainerType.SingleUseKit => "single-use kit",
        ContainerType.PharmacyBulk => "pharmacy bulk package",
        ContainerType.Bag => "bag",
        ContainerType.None => "no container",
        _ => throw new ArgumentOutOfRangeException(nameof(container), container, null),
    };

    public static string Category(DrugCategory category) => category switch
    {
        DrugCategory.Chemotherapy => "chemotherapy",
        DrugCategory.Therapeutic => "therapeutic",
        DrugCategory.Hydration => "hydration",
        DrugCategory.HormonalAntineoplastic => "hormonal antineoplastic",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static string Route(AdministrationRoute route) => route switch
    {
        AdministrationRoute.IvInfusion => "IV infusion",
        AdministrationRoute.IvPush => "IV push",
        AdministrationRoute.Subcutaneous => "subcutaneous",
        AdministrationRoute.Intramuscular => "intramuscular",
        AdministrationRoute.OnBodyInjector => "on-body injector",
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, null),
    };

    [GeneratedRegex(@"(\d\s?)(MG|MCG|ML|GM|CC|UNITS?|MEQ)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CmsUnit();

    public static string Payer(PayerType payer) => payer switch
    {
        PayerType.Medicare => "Medicare",
        PayerType.MedicareAdvantage => "Medicare Advantage",
        PayerType.Medicaid => "Medicaid",
        PayerType.Commercial => "commercial",
        PayerType.SelfPay => "self-pay",
        _ => throw new ArgumentOutOfRangeException(nameof(payer), payer, null),
    };
}
