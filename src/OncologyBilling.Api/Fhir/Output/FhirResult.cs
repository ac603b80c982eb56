using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Hl7.Fhir.Serialization;

namespace OncologyBilling.Api.Fhir.Output;

/// <summary>A FHIR resource written with the SDK's serializer as application/fhir+json.</summary>
internal sealed class FhirResult(Resource resource, int statusCode = StatusCodes.Status200OK) : IResult
{
    public Resource Resource => resource;

    public int StatusCode => statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = FhirMediaTypes.FhirJson;
        return httpContext.Response.WriteAsync(resource.ToJson(), httpContext.RequestAborted);
    }
}
