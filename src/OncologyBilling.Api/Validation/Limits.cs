namespace OncologyBilling.Api.Validation;

/// <summary>
/// Upper bounds the API accepts. They keep one request small enough to scrub predictably and reject input no real
/// encounter produces (a 7-day infusion, a dose of a billion mg); they are not billing rules.
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

    public static readonly TimeSpan MaxAdministrationDuration = TimeSpan.FromDays(7);
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);
    public static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    public static bool IsInRange(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>Judged on the calendar date in the time's own offset, as the date of service is.</summary>
    public static bool IsInRange(DateTimeOffset time) => IsInRange(DateOnly.FromDateTime(time.DateTime));
}
