namespace OncologyBilling.X12.Tests.Rendering;

internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public static FixedTime At20260302 { get; } = new(new DateTimeOffset(2026, 3, 2, 15, 30, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
