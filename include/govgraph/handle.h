// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// handle.h: dense integer handles and id references between entities.
///
/// Every entity has a stable string id chosen by the user (a slug such as
/// "avon-and-somerset-constabulary"). Inside a built Register each entity also
/// has a dense handle: its position in the register's contiguous storage, so
/// analyses index vectors instead of hashing strings.
///
/// A Ref<T> is how one entity points at another. Users fill in `id`; the
/// RegisterBuilder resolves it and fills in `handle`, so inside a Register both
/// are always present and agree.
///
/// ```
///   Participant p;
///   p.party.organisation = Ref<Organisation>("cps");
///   ...after Build():  reg.organisation(p.party.organisation.handle).name
/// ```
#ifndef GOVGRAPH_HANDLE_H_
#define GOVGRAPH_HANDLE_H_

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <utility>

namespace govgraph {

/// A typed index into one of a Register's entity arrays. The tag type keeps an
/// organisation handle from being used to index meetings.
template <class Tag>
class Handle {
 public:
  static constexpr uint32_t kInvalidIndex = std::numeric_limits<uint32_t>::max();

  constexpr Handle() = default;
  constexpr explicit Handle(uint32_t index) : index_(index) {}

  constexpr uint32_t index() const { return index_; }
  constexpr bool valid() const { return index_ != kInvalidIndex; }

  friend constexpr auto operator<=>(Handle, Handle) = default;

  template <typename H>
  friend H AbslHashValue(H h, Handle handle) {
    return H::combine(std::move(h), handle.index_);
  }

 private:
  uint32_t index_ = kInvalidIndex;
};

/// A reference to another entity by its user id; `handle` is filled in when the
/// register is built. An empty id means "no reference".
template <class Tag>
struct Ref {
  Ref() = default;
  Ref(std::string target_id) : id(std::move(target_id)) {}  // NOLINT: implicit by design
  Ref(const char* target_id) : id(target_id) {}             // NOLINT: implicit by design

  std::string id;
  Handle<Tag> handle;

  bool empty() const { return id.empty(); }
  /// Two references are equal when they name the same id; the handle follows
  /// from the id inside a built register.
  friend bool operator==(const Ref& a, const Ref& b) { return a.id == b.id; }
};

}  // namespace govgraph

template <class Tag>
struct std::hash<govgraph::Handle<Tag>> {
  std::size_t operator()(govgraph::Handle<Tag> h) const noexcept {
    return std::hash<uint32_t>()(h.index());
  }
};

#endif  // GOVGRAPH_HANDLE_H_
