using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Serilog;

namespace OncologyBilling.Api.Security;

/// <summary>
/// Authenticates the <c>X-Api-Key</c> header against the configured key hashes. The key itself is never logged,
/// echoed or stored; only the key's configured name travels on (claims, request log).
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiKeyStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[ApiKeyDefaults.HeaderName];
        if (presented.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        // Two key headers are ambiguous; refuse rather than pick one.
        var key = presented.Count == 1 ? store.Find(presented[0]) : null;
        if (key is null)
        {
            SecurityLog.UnknownApiKey(Logger);
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        }

        Context.RequestServices.GetService<IDiagnosticContext>()?.Set("ApiKeyName", key.Name);
        Claim[] claims = [new(ClaimTypes.Name, key.Name), .. key.Scopes.Select(s => new Claim(ApiKeyDefaults.ScopeClaim, s))];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{ApiKeyDefaults.SchemeName} header=\"{ApiKeyDefaults.HeaderName}\"";
        return SecurityProblems.WriteAsync(
            Context, StatusCodes.Status401Unauthorized, SecurityProblems.Unauthorized, SecurityProblems.UnauthorizedDetail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        SecurityProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, SecurityProblems.Forbidden);
}
