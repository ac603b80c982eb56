namespace OncologyBilling.Api.Validation;

/// <summary>
/// Upper bounds the API accepts. They keep one request small enough to scrub predictably and reject input no real
/// encounter produces (an 8-day infusion, a 30-hour drip without a pump, a dose of a billion mg); they are not billing
/// rules. docs/security.md and the OpenAPI descriptions list them.
/// </summary>
internal static class Limits
{
    public const int MaxDiagnoses = 12;
    public const int MaxAdministrations = 50;
    public const int MaxServices = 30;
    public const int MaxPriorAuthorizations = 20;
    public const int MaxCodesPerAuthorization = 50;
    public const int MaxModifiers = 4;
    public const int MaxVialEntries = 20;
    public const int MaxVialCount = 100;
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 128;
    public const int MaxShortTextLength = 32;
    public const int MaxServiceMinutes = 1440;
    public const decimal MaxAmount = 1_000_000m;

    /// <summary>Longest administration of any kind: a prolonged pump infusion runs days, never more than a week.</summary>
    public static readonly TimeSpan MaxAdministrationDuration = TimeSpan.FromDays(7);

    /// <summary>
    /// Longest administration not on a pump ('pump': true). A longer one is almost always an end-date typo (a
    /// three-day "drip" would be billed as 96415 × 71), so it is refused rather than coded.
    /// </summary>
    public static readonly TimeSpan MaxNonPumpAdministrationDuration = TimeSpan.FromHours(24);
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);
    public static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    public static bool IsInRange(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>Judged on the calendar date in the time's own offset, as the date of service is.</summary>
    public static bool IsInRange(DateTimeOffset time) => IsInRange(DateOnly.FromDateTime(time.DateTime));
}
