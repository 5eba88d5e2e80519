// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// version.h: the library's version.
#ifndef GOVGRAPH_VERSION_H_
#define GOVGRAPH_VERSION_H_

#define GOVGRAPH_VERSION_MAJOR 0
#define GOVGRAPH_VERSION_MINOR 1
#define GOVGRAPH_VERSION_PATCH 0
#define GOVGRAPH_VERSION_STRING "0.1.0"

#endif  // GOVGRAPH_VERSION_H_
