using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OncologyBilling.Api.Security;

/// <summary>The configured keys as hash bytes; finds the key a caller presented without leaking timing.</summary>
internal sealed class ApiKeyStore(IOptions<ApiKeyOptions> options)
{
    private readonly ApiKey[] _keys = [.. options.Value.Keys.Select(k => new ApiKey(
        k.Name, Convert.FromHexString(k.Sha256), new HashSet<string>(k.Scopes, StringComparer.Ordinal), k.PermitsPerMinute))];

    public int Count => _keys.Length;

    public ApiKey? Find(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        // Compare hashes, not keys: equal length, and every configured key is compared (no early exit), so the
        // time taken says nothing about how close a guess came or which key it matched.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        ApiKey? match = null;
        foreach (var key in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, key.Hash))
            {
                match = key;
            }
        }

        return match;
    }

    public ApiKey? ByName(string name) => Array.Find(_keys, k => k.Name == name);
}
