//! "Buy till you die" models fitted on transaction histories (in progress).
