namespace OncologyBilling.Api.Validation;

/// <summary>NPI check digit: Luhn over the 9-digit base prefixed with 80840 (CMS NPI standard).</summary>
internal static class Npi
{
    public static bool IsValid(string npi)
    {
        if (npi.Length != 10 || npi.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        // The prefix 80840 contributes a constant 24 to the Luhn sum.
        var sum = 24;
        for (var i = 0; i < 9; i++)
        {
            var digit = npi[8 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        var check = (10 - (sum % 10)) % 10;
        return check == npi[9] - '0';
    }
}
