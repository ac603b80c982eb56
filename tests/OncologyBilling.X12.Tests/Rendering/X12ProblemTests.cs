using FluentAssertions;
using OncologyBilling.X12.Rendering;

namespace OncologyBilling.X12.Tests.Rendering;

/// <summary>Whatever a real 837 needs and is missing or unrepresentable is a named problem, never a made-up value.</summary>
public sealed class X12ProblemTests
{
    private static X12Rendering Render(X12Claim claim, X12Options? options = null, CareSetting setting = CareSetting.Office) =>
        new X12ClaimRenderer(options ?? ClaimFixtures.Options(setting), FixedTime.At20260302).Render(claim);

    [Fact]
    public void Render_NoConfiguration_NamesEveryEnvelopeKeyAndNoText()
    {
        var rendering = Render(ClaimFixtures.Claim(CareSetting.Office), new X12Options());

        rendering.Text.Should().BeNull();
        rendering.Problems.Select(p => p.Key).Should().Contain(["X12:SenderId", "X12:ReceiverId", "X12:UsageIndicator", "X12:Submitter:Name",
            "X12:Receiver:Id", $"X12:BillingProviders:{ClaimFixtures.BillingNpi}"]);
    }

    [Fact]
    public void Render_MissingPatientDetails_NamesTheRequestPaths()
    {
        var claim = ClaimFixtures.Claim(CareSetting.Office) with { Patient = new X12Patient { Sex = "other" }, PayerName = null };

        var problems = Render(claim).Problems.Select(p => p.Key);

        problems.Should().Contain(["patient.lastName", "patient.memberId", "patient.address.line1", "patient.address.city",
            "patient.address.state", "patient.address.postalCode", "patient.dateOfBirth", "patient.sex", "payer.name"]);
    }

    [Theory]
    [InlineData("DOE*SMITH")]
    [InlineData("DOE~")]
    [InlineData("DOE:JR")]
    public void Render_SeparatorInName_IsAProblemNotAnEscapedValue(string lastName)
    {
        var claim = ClaimFixtures.Claim(CareSetting.Office) with { Patient = ClaimFixtures.Claim(CareSetting.Office).Patient with { LastName = lastName } };

        var rendering = Render(claim);

        rendering.Text.Should().BeNull();
        rendering.Problems.Should().ContainSingle().Which.Key.Should().Be("patient.lastName");
        rendering.Problems[0].Message.Should().NotContain("DOE");
    }

    [Fact]
    public void Render_RejectedClaim_IsRefused()
    {
        var claim = ClaimFixtures.Claim(CareSetting.Office);
        claim = claim with { Result = claim.Result with { Status = ClaimStatus.Rejected, Findings = [new Finding("NDC-04", FindingSeverity.Error, "x", null, null)] } };

        Render(claim).Problems.Should().Contain(p => p.Key == "status" && p.Message.Contains("NDC-04", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_CodeWithoutCharge_NamesTheChargeMasterKey()
    {
        var options = ClaimFixtures.Options(CareSetting.Office);
        options.BillingProviders[ClaimFixtures.BillingNpi].Charges.Remove("96415");

        Render(ClaimFixtures.Claim(CareSetting.Office), options).Problems.Should().ContainSingle()
            .Which.Key.Should().Be($"X12:BillingProviders:{ClaimFixtures.BillingNpi}:Charges:96415");
    }

    [Theory]
    [InlineData(PayerType.MedicareAdvantage)]
    [InlineData(PayerType.SelfPay)]
    public void Render_PayerWithoutAFilingIndicator_IsAProblem(PayerType type)
    {
        var claim = ClaimFixtures.Claim(CareSetting.Office);
        claim = claim with { Encounter = claim.Encounter with { Payer = new Payer(type, "12345") } };

        Render(claim).Problems.Should().ContainSingle().Which.Key.Should().Be("payer.type");
    }

    [Fact]
    public void Render_DoseInLabelledUnits_IsAProblemNotAGuessedNdcUnit()
    {
        var claim = ClaimFixtures.Claim(CareSetting.Office);
        var a = claim.Encounter.Administrations[0] with { Dose = new Quantity(333m, DoseUnit.Units) };
        claim = claim with { Encounter = claim.Encounter with { Administrations = [a] } };

        Render(claim).Problems.Should().ContainSingle().Which.Key.Should().Be("administrations[0].dose");
    }

    [Fact]
    public void Render_HospitalWithoutAttendingOrRevenueCode_NamesBoth()
    {
        var claim = ClaimFixtures.Claim(CareSetting.HospitalOutpatient) with { RenderingProvider = null };
        claim.Result.Lines[0].Line.RevenueCode = null;

        var problems = Render(claim, setting: CareSetting.HospitalOutpatient).Problems.Select(p => p.Key);

        problems.Should().BeEquivalentTo(["renderingProvider", "lines[0].revenueCode"]);
    }

    [Fact]
    public void Render_RenderingProviderIsTheBillingProvider_Omits2310B()
    {
        var claim = ClaimFixtures.Claim(CareSetting.Office) with { RenderingProvider = new X12Person(ClaimFixtures.BillingNpi, "SMITH", null) };

        Render(claim).Text.Should().NotContain("NM1*82");
    }

    [Fact]
    public void ControlNumber_IsNineDigitsFromTheRunId() =>
        X12Text.ControlNumber(ClaimFixtures.RunId).Should().Be("330286139");
}
