/**
 * GPU support of the ND4J build: which backend ND4J will load, which GPUs this machine has, whether
 * the bundled CUDA build can run on them, and what to do when it cannot ({@code verbo.gpu.*}).
 *
 * <p>Plain Java, no Spark and no ND4J: {@link io.verbo.gpu.ComputeCapability}, {@link
 * io.verbo.gpu.GpuDevice}, {@link io.verbo.gpu.CudaBuild} (the compute capabilities the bundled
 * ND4J CUDA 11.6 build has kernels for), {@link io.verbo.gpu.BackendChoice} (the backend ND4J
 * picks, predicted before it loads), {@link io.verbo.gpu.GpuSupport} (the decision) and {@link
 * io.verbo.gpu.NvidiaSmi} (the device list, read without loading CUDA). {@link
 * io.verbo.gpu.GpuGuard} applies the decision on the driver before training starts; {@link
 * io.verbo.gpu.Nd4jReport} is what {@code verbo doctor} prints about the loaded ND4J.
 */
package io.verbo.gpu;
