using System.Text.Json;

namespace OncologyBilling.Api.Serialization;

/// <summary>
/// Thrown by the API's own converters with a message written for the client: it names what the field needs and
/// never holds the value sent, so it may go into the 400 as it is (the serializer's own messages may not).
/// </summary>
internal sealed class ContractJsonException(string message) : JsonException(message);
