/**
 * Small value types of the 2014 API, serialized with their 2014 JSON names; depends on nothing else
 * in the kit.
 */
package io.kubelab.api;
