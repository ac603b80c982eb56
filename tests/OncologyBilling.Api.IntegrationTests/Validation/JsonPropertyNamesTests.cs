using System.Linq.Expressions;
using FluentAssertions;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Validation;
using OncologyBilling.ReferenceData.Vocabulary;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Api.IntegrationTests.Validation;

/// <summary>Pins the error keys to the JSON names the client sent, nested chains and collection indexes included.</summary>
public sealed class JsonPropertyNamesTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    [Fact]
    public void Resolve_NestedMemberChain_CamelCasesEverySegment()
    {
        Expression<Func<ScrubRequest, string?>> npi = r => r.BillingProvider!.Npi;

        var name = JsonPropertyNames.Resolve(typeof(ScrubRequest), typeof(BillingProviderInput).GetProperty(nameof(BillingProviderInput.Npi)), npi);

        name.Should().Be("billingProvider.npi");
    }

    [Fact]
    public void Resolve_SingleMember_IsCamelCase()
    {
        Expression<Func<ScrubRequest, string?>> id = r => r.EncounterId;

        JsonPropertyNames.Resolve(typeof(ScrubRequest), typeof(ScrubRequest).GetProperty(nameof(ScrubRequest.EncounterId)), id)
            .Should().Be("encounterId");
    }

    [Fact]
    public void HostStarted_GlobalResolvers_AreTheJsonNameResolvers()
    {
        _ = factory.Services;

        ValidatorOptions.Global.PropertyNameResolver.Method.Should().BeSameAs(typeof(JsonPropertyNames).GetMethod(nameof(JsonPropertyNames.Resolve)));
        ValidatorOptions.Global.DisplayNameResolver.Method.Should().BeSameAs(typeof(JsonPropertyNames).GetMethod(nameof(JsonPropertyNames.DisplayName)));
    }

    [Fact]
    public void Validate_NestedAndIndexedFailures_KeyedByClientJsonPaths()
    {
        var validator = factory.Services.GetRequiredService<IValidator<ScrubRequest>>();
        var request = new ScrubRequest
        {
            EncounterId = "E1",
            Setting = CareSetting.Office,
            BillingProvider = new BillingProviderInput { Npi = "1234567890" },
            Diagnoses = ["C56.1", "C56.1", "bad"],
            Administrations = [new AdministrationInput { Drug = new DrugInput { Name = "paclitaxel" }, Route = AdministrationRoute.IvPush, Start = DateTimeOffset.Parse("2026-03-02T10:00:00-05:00"), Dose = new QuantityInput { Amount = -1, Unit = DoseUnit.Mg } }],
        };

        var result = validator.Validate(request);

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo("billingProvider.npi", "diagnoses[2]", "administrations[0].dose.amount");
    }
}
