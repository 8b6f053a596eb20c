using Microsoft.AspNetCore.Http;

namespace SegRules.Host.Web;

/// <summary>
/// Reads the balances file of <c>POST /api/evaluations</c>: the multipart field <c>file</c> (its name
/// says the format) or the raw body with <c>?format=</c>; more than <see cref="EvaluationWorkspace.MaxUpload"/> is refused.
/// </summary>
public static class UploadReader
{
    /// <summary>The formats <c>?format=</c> takes, as file extensions (<c>filing</c> is a filing's text).</summary>
    public static readonly string[] Formats = ["yaml", "yml", "json", "csv", "xlsx", "txt", "filing"];

    /// <summary>The file's name and bytes, or the refusal (400, 413).</summary>
    public static async Task<Answer<(string Name, byte[] Content)>> Read(HttpRequest request, string? format)
    {
        if (format is not null && !Formats.Contains(format.ToLowerInvariant()))
        {
            return Refused(StatusCodes.Status400BadRequest, $"format '{format}' is not one SegRules reads: write {string.Join(", ", Formats)}");
        }

        var extension = format?.ToLowerInvariant() is { } f ? "." + (f == "filing" ? "txt" : f) : null;
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync();
                if (form.Files["file"] is not { } file)
                {
                    return Refused(StatusCodes.Status400BadRequest, "send the balances file in the multipart/form-data field 'file'");
                }

                if (file.Length > EvaluationWorkspace.MaxUpload)
                {
                    return TooLarge();
                }

                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
                name = string.IsNullOrWhiteSpace(name) ? "balances" + (extension ?? ".yaml") : name;
                return Ok(extension is null ? name : Path.ChangeExtension(name, extension), buffer.ToArray());
            }

            if (extension is null)
            {
                return Refused(StatusCodes.Status400BadRequest, "send the file as multipart/form-data field 'file', or say its format with ?format=yaml|json|csv|xlsx|txt");
            }

            using var body = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await request.Body.ReadAsync(chunk)) > 0)
            {
                body.Write(chunk, 0, read);
                if (body.Length > EvaluationWorkspace.MaxUpload)
                {
                    return TooLarge();
                }
            }

            return Ok("balances" + extension, body.ToArray());
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (InvalidDataException)
        {
            // The form reader's own limits (a multipart section longer than allowed).
            return TooLarge();
        }
    }

    private static Answer<(string, byte[])> Ok(string name, byte[] content) => Answer<(string, byte[])>.Ok((name, content));

    private static Answer<(string, byte[])> TooLarge() =>
        Refused(StatusCodes.Status413PayloadTooLarge, $"the balances file is larger than {EvaluationWorkspace.MaxUpload / (1024 * 1024)} MB: nothing was evaluated or stored");

    private static Answer<(string, byte[])> Refused(int status, string error) => Answer<(string, byte[])>.Refused(status, error);
}
