using System.Buffers;
using System.Text;
using CsCheck;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using OncologyBilling.Api.Serialization;
using OncologyBilling.Api.Validation;

namespace OncologyBilling.Api.IntegrationTests.Validation;

/// <summary>
/// The fast validation path is only sound if it never passes a request the FluentValidation validators reject:
/// a request it passed would be scrubbed without its 400. On generated requests around every rule's limits, both
/// must give the same verdict (the fast path passing exactly what the validators pass, so the common case is fast).
/// </summary>
public sealed class FastRequestCheckTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    [Fact]
    public void Passes_GeneratedRequestsAroundTheLimits_SameVerdictAsFluentValidation()
    {
        var reader = factory.Services.GetRequiredService<ScrubRequestReader>();
        var full = factory.Services.GetRequiredService<ScrubRequestValidator>();
        var fast = factory.Services.GetRequiredService<FastRequestCheck>();
        var (valid, invalid) = (0, 0);

        ValidationVerdictGen.Request.Sample(
            body =>
            {
                if (reader.Read(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(body))).Request is not { } request)
                {
                    return true;
                }

                var expected = full.Validate(request).IsValid;
                _ = expected ? Interlocked.Increment(ref valid) : Interlocked.Increment(ref invalid);
                return fast.Passes(request) == expected;
            },
            iter: 20_000,
            threads: 1,
            print: body => body);

        valid.Should().BeGreaterThan(1_000, "the generator must reach valid requests too");
        invalid.Should().BeGreaterThan(5_000, "and requests each rule rejects");
    }

    [Fact]
    public void Validate_ValidRequest_FastPathAnswersWithoutErrors()
    {
        var validator = factory.Services.GetRequiredService<FluentValidation.IValidator<Contracts.ScrubRequest>>();
        var body = Encoding.UTF8.GetBytes(Support.Requests.Valid().ToJsonString());
        var request = factory.Services.GetRequiredService<ScrubRequestReader>().Read(new ReadOnlySequence<byte>(body)).Request!;

        validator.Should().BeOfType<FastPathScrubRequestValidator>();
        factory.Services.GetRequiredService<FastRequestCheck>().Passes(request).Should().BeTrue();
        validator.Validate(request).IsValid.Should().BeTrue();
    }
}
