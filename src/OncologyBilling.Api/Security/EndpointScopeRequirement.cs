using Microsoft.AspNetCore.Authorization;

namespace OncologyBilling.Api.Security;

/// <summary>
/// The fallback requirement for every endpoint that does not name its own policy: reading (GET, HEAD) needs the
/// <c>read</c> scope, anything else (scrubbing) needs <c>scrub</c>. A new endpoint is therefore protected by default.
/// </summary>
internal sealed class EndpointScopeRequirement : AuthorizationHandler<EndpointScopeRequirement>, IAuthorizationRequirement
{
    public static string ScopeFor(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? ApiKeyDefaults.ReadScope : ApiKeyDefaults.ScrubScope;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, EndpointScopeRequirement requirement)
    {
        var method = context.Resource switch
        {
            HttpContext http => http.Request.Method,
            _ => null,
        };
        if (method is not null && context.User.HasClaim(ApiKeyDefaults.ScopeClaim, ScopeFor(method)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
