using System.Security.Cryptography;
using System.Text;
using SegRules.Engine.Model;

namespace SegRules.Engine.Validate;

/// <summary>The content hash that identifies a rule set: SHA-256 over its files' paths and texts, in path order.</summary>
public static class RuleSetHash
{
    /// <summary>The lower-case hex SHA-256 of <paramref name="files"/>; independent of the order they are given in.</summary>
    public static string Of(IEnumerable<RuleSetFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{file.Path}\n{file.Text.Length}\n"));
            sha.AppendData(Encoding.UTF8.GetBytes(file.Text));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
