using OncologyBilling.Api.Serialization;

namespace OncologyBilling.Api.Batch;

/// <summary>
/// One encounter read from the batch body: what could be read of it (with its read errors), or the problem that
/// stopped the body being read. Final is true when the body cannot be read past this item (broken array syntax, an
/// oversized encounter).
/// </summary>
internal sealed record BatchItem(int Index, RequestRead? Read, HttpValidationProblemDetails? Problem, bool Final = false);
