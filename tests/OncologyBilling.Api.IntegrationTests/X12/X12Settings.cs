using Microsoft.AspNetCore.Hosting;

namespace OncologyBilling.Api.IntegrationTests.X12;

/// <summary>A complete test X12 configuration for billing provider 1234567893 (fake values), with charges for the codes the tests bill.</summary>
internal static class X12Settings
{
    public const string Npi = "1234567893";

    public static IWebHostBuilder Apply(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string>
        {
            ["X12:SenderIdQualifier"] = "ZZ", ["X12:SenderId"] = "ONCBILLSUB", ["X12:ReceiverIdQualifier"] = "ZZ", ["X12:ReceiverId"] = "CLEARHOUSE",
            ["X12:ApplicationSenderCode"] = "ONCBILLSUB", ["X12:ApplicationReceiverCode"] = "CLEARHOUSE", ["X12:UsageIndicator"] = "T",
            ["X12:Submitter:Name"] = "EXAMPLE SUBMITTER", ["X12:Submitter:Id"] = "SUB12345", ["X12:Submitter:ContactName"] = "BILLING OFFICE",
            ["X12:Submitter:ContactPhone"] = "5555550100", ["X12:Receiver:Name"] = "EXAMPLE CLEARINGHOUSE", ["X12:Receiver:Id"] = "CH99999",
        };
        var provider = $"X12:BillingProviders:{Npi}:";
        settings[provider + "Name"] = "EXAMPLE ONCOLOGY GROUP";
        settings[provider + "TaxId"] = "123456789";
        settings[provider + "TaxonomyCode"] = "207RX0202X";
        settings[provider + "Address:Line1"] = "100 CLINIC WAY";
        settings[provider + "Address:City"] = "ANYTOWN";
        settings[provider + "Address:State"] = "PA";
        settings[provider + "Address:PostalCode"] = "171110001";
        settings[provider + "ProviderSignatureOnFile"] = "Y";
        settings[provider + "AssignmentCode"] = "A";
        settings[provider + "BenefitsAssignment"] = "Y";
        settings[provider + "ReleaseOfInformation"] = "Y";
        settings[provider + "AdmissionTypeCode"] = "3";
        settings[provider + "PatientStatusCode"] = "01";
        settings[provider + "Charges:96413"] = "350";
        settings[provider + "Charges:96415"] = "75";
        settings[provider + "Charges:J9267"] = "0.50";
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        return builder;
    }
}
