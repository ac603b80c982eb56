namespace OncologyBilling.Api.Security;

/// <summary>Security events: key names, counts and scopes only; never a key, a hash or request data.</summary>
internal static partial class SecurityLog
{
    [LoggerMessage(3001, LogLevel.Warning, "Request refused: unknown API key presented")]
    public static partial void UnknownApiKey(ILogger logger);

    [LoggerMessage(3002, LogLevel.Warning, "Request refused: rate limit reached for API key {ApiKeyName}")]
    public static partial void RateLimited(ILogger logger, string apiKeyName);

    [LoggerMessage(3003, LogLevel.Information, "API keys configured: {KeyCount}")]
    public static partial void KeysConfigured(ILogger logger, int keyCount);

    [LoggerMessage(3004, LogLevel.Warning, "No API keys are configured: every request except /health/* will be refused (see docs/security.md)")]
    public static partial void NoKeysConfigured(ILogger logger);
}
