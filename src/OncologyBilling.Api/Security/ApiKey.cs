namespace OncologyBilling.Api.Security;

/// <summary>A configured key as the store holds it: name, hash bytes, scopes and optional rate budget.</summary>
internal sealed record ApiKey(string Name, byte[] Hash, IReadOnlySet<string> Scopes, int? PermitsPerMinute);
