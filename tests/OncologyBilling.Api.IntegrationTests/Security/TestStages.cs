using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.IntegrationTests.Security;

/// <summary>Counts scrubs: proves whether a request reached the scrubber.</summary>
public sealed class CountingStage : IScrubStage
{
    private int _count;

    public int Count => _count;
    public string Name => "test-counting";
    public IReadOnlyList<RuleDefinition> Rules => [];

    public void Apply(ScrubContext context) => Interlocked.Increment(ref _count);
}

/// <summary>Fails every scrub with a sentinel in the exception text only (never request data).</summary>
public sealed class ThrowingStage : IScrubStage
{
    public const string ExceptionSentinel = "ZZEXCEPTION-internal-detail";

    public string Name => "test-throwing";
    public IReadOnlyList<RuleDefinition> Rules => [];

    public void Apply(ScrubContext context) => throw new InvalidOperationException(ExceptionSentinel);
}

/// <summary>Holds a scrub until released, to have a request in flight during shutdown.</summary>
public sealed class GateStage : IScrubStage
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Entered => _entered.Task;
    public string Name => "test-gate";
    public IReadOnlyList<RuleDefinition> Rules => [];

    public void Release() => _release.TrySetResult();

    public void Apply(ScrubContext context)
    {
        _entered.TrySetResult();
        // Apply is synchronous by design; blocking here is the point (a request held in flight).
        _release.Task.Wait();
    }
}
