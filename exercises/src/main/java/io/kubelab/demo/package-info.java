/**
 * Demos and benchmarks a reader runs with {@code ./kubelab demo} and {@code ./kubelab bench}: they
 * show the lessons' races and costs with numbers, on the embedded etcd and on a real one.
 */
package io.kubelab.demo;
