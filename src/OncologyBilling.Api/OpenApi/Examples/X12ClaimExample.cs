namespace OncologyBilling.Api.OpenApi.Examples;

/// <summary>
/// The 837P of <see cref="X12RequestExample"/> under a test configuration: the golden file
/// tests/OncologyBilling.X12.Tests/Golden/837p-office-chemotherapy.x12 (a test keeps them equal). Control numbers,
/// BHT03 and times come from the run id and the clock, so a real response differs there.
/// </summary>
internal static class X12ClaimExample
{
    public const string Text =
        "ISA*00*          *00*          *ZZ*ONCBILLSUB     *ZZ*CLEARHOUSE     *260302*1530*^*00501*330286139*0*T*:~" +
        "GS*HC*ONCBILLSUB*CLEARHOUSE*20260302*1530*330286139*X*005010X222A1~" +
        "ST*837*0001*005010X222A1~" +
        "BHT*0019*00*6f1c2a3b9d4e4f508a610b2c3d4e5f60*20260302*1530*CH~" +
        "NM1*41*2*EXAMPLE SUBMITTER*****46*SUB12345~" +
        "PER*IC*BILLING OFFICE*TE*5555550100~" +
        "NM1*40*2*EXAMPLE CLEARINGHOUSE*****46*CH99999~" +
        "HL*1**20*1~" +
        "PRV*BI*PXC*207RX0202X~" +
        "NM1*85*2*EXAMPLE ONCOLOGY GROUP*****XX*1234567893~" +
        "N3*100 CLINIC WAY~" +
        "N4*ANYTOWN*PA*171110001~" +
        "REF*EI*123456789~" +
        "HL*2*1*22*0~" +
        "SBR*P*18*******MB~" +
        "NM1*IL*1*DOE*JANE****MI*1EG4TE5MK73~" +
        "N3*123 MAIN ST~" +
        "N4*ANYTOWN*PA*17111~" +
        "DMG*D8*19510704*F~" +
        "NM1*PR*2*MEDICARE*****PI*12345~" +
        "CLM*ENC-0001*666.5***11:B:1*Y*A*Y*Y~" +
        "HI*ABK:Z5111*ABF:C561~" +
        "NM1*82*1*SMITH*ALEX****XX*1245319599~" +
        "LX*1~" +
        "SV1*HC:96413*350*UN*1***1:2~" +
        "DTP*472*D8*20260302~" +
        "LX*2~" +
        "SV1*HC:96415*150*UN*2***1:2~" +
        "DTP*472*D8*20260302~" +
        "LX*3~" +
        "SV1*HC:J9267*166.5*UN*333***1:2~" +
        "DTP*472*D8*20260302~" +
        "LIN**N4*00703321601~" +
        "CTP****333*ME~" +
        "SE*33*0001~" +
        "GE*1*330286139~" +
        "IEA*1*330286139~";
}
