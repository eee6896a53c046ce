/**
 * The generic set of today's Kubernetes ({@code k8s.io/apimachinery/pkg/util/sets}). Depends on
 * nothing else in the kit.
 */
package io.kubelab.util.sets;
