namespace OncologyBilling.X12.Rendering;

internal sealed record X12Envelope(
    string SenderQualifier, string SenderId, string ReceiverQualifier, string ReceiverId, string ApplicationSender,
    string ApplicationReceiver, string Usage, string ControlNumber, string Reference, DateTimeOffset Created);
