/** Small value types shared by every package. Depends on nothing else in the kit. */
package io.kubelab.util;
