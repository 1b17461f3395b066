#pragma once

/*! The JSON fixture number \a n of tst_cluster_models. */
const char *fixture(int n);
