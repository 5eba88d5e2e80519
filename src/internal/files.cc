// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "internal/files.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"

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

absl::StatusOr<std::string> ReadFileToString(const std::string& path) {
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) return ErrnoStatus(path, "open", errno == 0 ? ENOENT : errno);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return ErrnoStatus(path, "read", errno == 0 ? EIO : errno);
  return std::move(buffer).str();
}

absl::Status WriteStringToFile(const std::string& path, absl::string_view contents) {
  errno = 0;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return ErrnoStatus(path, "open for writing", errno == 0 ? EIO : errno);
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  out.close();
  if (!out) return ErrnoStatus(path, "write", errno == 0 ? EIO : errno);
  return absl::OkStatus();
}

absl::Status Annotate(const absl::Status& status, absl::string_view place) {
  if (status.ok()) return status;
  return absl::Status(status.code(), absl::StrCat(place, ": ", status.message()));
}

}  // namespace govgraph::internal
