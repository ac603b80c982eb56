namespace OncologyBilling.Api.Logging;

/// <summary>The API's own log events: addresses, table versions, counts and exception types; never request data.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(2001, LogLevel.Information, "Swagger UI: {SwaggerUiAddress}")]
    public static partial void SwaggerUiAvailable(ILogger logger, string swaggerUiAddress);

    [LoggerMessage(2002, LogLevel.Information, "Reference data {ReferenceDataVersion} loaded and validated: {TableCount} tables in {ElapsedMs} ms")]
    public static partial void ReferenceDataLoaded(ILogger logger, string referenceDataVersion, int tableCount, long elapsedMs);

    [LoggerMessage(2003, LogLevel.Critical, "Reference data failed to load or validate; the API will not start")]
    public static partial void ReferenceDataFailed(ILogger logger, Exception exception);

    // Only the type and stack: an exception message may have been built from request input.
    [LoggerMessage(2004, LogLevel.Error, "Unhandled {ExceptionType} answered with 500; stack: {StackTrace}")]
    public static partial void UnhandledException(ILogger logger, string exceptionType, string? stackTrace);
}
