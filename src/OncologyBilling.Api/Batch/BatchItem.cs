using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Batch;

/// <summary>
/// One encounter read from the batch body: a request to validate, or the problem that stopped it being read.
/// Final is true when the body cannot be read past this item (broken array syntax, an oversized encounter).
/// </summary>
internal sealed record BatchItem(int Index, ScrubRequest? Request, HttpValidationProblemDetails? Problem, bool Final = false);
