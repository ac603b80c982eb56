namespace OncologyBilling.X12.Rendering;

/// <summary>Why an 837 cannot be written: <see cref="Key"/> is a request path or an <c>X12:</c> configuration key.</summary>
public sealed record X12Problem(string Key, string Message);
