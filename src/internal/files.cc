// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "internal/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "absl/strings/str_cat.h"
#include "govgraph/io/input_limits.h"

namespace govgraph::internal {
namespace {

absl::Status ErrnoStatus(const std::string& path, absl::string_view action, int err) {
  std::string message = absl::StrCat(path, ": cannot ", action, ": ", std::strerror(err));
  switch (err) {
    case ENOENT:
      return absl::NotFoundError(message);
    case EACCES:
    case EPERM:
      return absl::PermissionDeniedError(message);
    default:
      return absl::UnknownError(message);
  }
}

}  // namespace

absl::StatusOr<std::string> ReadFileToString(const std::string& path, size_t spare) {
  const size_t max_bytes = GetInputLimits().max_bytes;
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) return ErrnoStatus(path, "open", errno == 0 ? ENOENT : errno);
  std::string text;
  // A regular file's size is known: room for it, one byte to find its end,
  // and `spare`, at once, rather than the string moving as it grows.
  size_t room = 0;
  std::error_code ec;
  if (const uintmax_t size = std::filesystem::file_size(path, ec); !ec && size <= max_bytes) {
    room = static_cast<size_t>(size) + 1;
    text.reserve(room + spare);
  }
  // Read in blocks so that an endless device stops at the limit.
  constexpr size_t kBlock = size_t{1} << 20;
  while (in) {
    const size_t before = text.size();
    if (before >= max_bytes + 1) break;
    size_t want = std::min(kBlock, max_bytes + 1 - before);
    if (before < room) want = std::min(want, room - before);
    text.resize(before + want);
    in.read(text.data() + before, static_cast<std::streamsize>(want));
    text.resize(before + static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) return ErrnoStatus(path, "read", errno == 0 ? EIO : errno);
  if (text.size() > max_bytes) {
    return absl::ResourceExhaustedError(
        absl::StrCat(path, ": larger than the ", ByteCount(max_bytes), " an input may be (limit max_bytes); is it the right file?"));
  }
  return text;
}

absl::Status WriteStringToFile(const std::string& path, absl::string_view contents) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path target(path);
  // Write through a symbolic link to the file it names, as an ordinary write would.
  if (fs::is_symlink(fs::symlink_status(target, ec))) {
    const fs::path resolved = fs::canonical(target, ec);
    if (!ec) target = resolved;
  }
  const fs::file_status existing = fs::status(target, ec);
  if (fs::exists(existing) && !fs::is_regular_file(existing)) {
    errno = 0;
    std::ofstream out(target, std::ios::binary);
    if (!out) return ErrnoStatus(path, "open for writing", errno == 0 ? EIO : errno);
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    out.close();
    if (!out) return ErrnoStatus(path, "write", errno == 0 ? EIO : errno);
    return absl::OkStatus();
  }
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temporary = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = mkstemp(temporary.data());
  if (fd < 0) return ErrnoStatus(path, "create a temporary file beside it", errno);
  // The new file keeps the old one's permissions, or gets the usual ones.
  const mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, fs::exists(existing) ? static_cast<mode_t>(existing.permissions()) : (0666 & ~mask));
  absl::Status status = absl::OkStatus();
  for (size_t written = 0; written < contents.size() && status.ok();) {
    const ssize_t n = write(fd, contents.data() + written, contents.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      status = ErrnoStatus(path, "write", n < 0 ? errno : EIO);
    } else {
      written += static_cast<size_t>(n);
    }
  }
  if (status.ok() && fsync(fd) != 0) status = ErrnoStatus(path, "write", errno);
  if (close(fd) != 0 && status.ok()) status = ErrnoStatus(path, "write", errno);
  if (status.ok() && rename(temporary.c_str(), target.c_str()) != 0) status = ErrnoStatus(path, "replace", errno);
  if (!status.ok()) unlink(temporary.c_str());
  return status;
}

absl::Status CheckInputSize(absl::string_view text) {
  const size_t max_bytes = GetInputLimits().max_bytes;
  if (text.size() <= max_bytes) return absl::OkStatus();
  return absl::ResourceExhaustedError(
      absl::StrCat("larger than the ", ByteCount(max_bytes), " an input may be (limit max_bytes)"));
}

std::string ByteCount(size_t bytes) {
  constexpr size_t kMiB = size_t{1} << 20;
  return bytes % kMiB == 0 ? absl::StrCat(bytes / kMiB, " MiB") : absl::StrCat(bytes, " bytes");
}

absl::Status Annotate(const absl::Status& status, absl::string_view place) {
  if (status.ok()) return status;
  return absl::Status(status.code(), absl::StrCat(place, ": ", status.message()));
}

}  // namespace govgraph::internal
