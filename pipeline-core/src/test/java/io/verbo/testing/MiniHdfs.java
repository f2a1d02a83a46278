package io.verbo.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * An HDFS (MiniDFSCluster) in the test JVM, bound to 127.0.0.1 on free ports: one DataNode by
 * default, or several with a chosen replication factor ({@link #start(Path, int, int)}) for tests
 * that lose a DataNode. Use one per test class: start it in {@code @BeforeAll}, close it in {@code
 * @AfterAll}.
 */
public final class MiniHdfs implements AutoCloseable {
  private final MiniDFSCluster cluster;

  private MiniHdfs(MiniDFSCluster cluster) {
    this.cluster = cluster;
  }

  /**
   * @param baseDir a local folder for the NameNode and DataNode storage
   * @return the running cluster
   * @throws IOException if it cannot start
   */
  public static MiniHdfs start(Path baseDir) throws IOException {
    return start(baseDir, 1, 0);
  }

  /**
   * @param baseDir a local folder for the NameNode and DataNode storage
   * @param dataNodes how many DataNodes to start
   * @param replication the default replication factor of files written through {@link
   *     #fileSystem()}, or 0 for MiniDFSCluster's default (3, capped at the number of DataNodes);
   *     clients with their own configuration (Spark's) must set {@code dfs.replication} themselves
   * @return the running cluster, all DataNodes registered
   * @throws IOException if it cannot start
   */
  public static MiniHdfs start(Path baseDir, int dataNodes, int replication) throws IOException {
    if (dataNodes < 1 || replication < 0 || replication > dataNodes) {
      throw new IllegalArgumentException(
          "need 1+ DataNodes and 0 <= replication <= DataNodes, got " + dataNodes + " and " + replication);
    }
    Configuration conf = new Configuration();
    if (replication > 0) {
      conf.setInt("dfs.replication", replication);
    }
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, new File(baseDir.toFile(), "dfs").getAbsolutePath());
    conf.set("dfs.namenode.rpc-address", "127.0.0.1:0");
    conf.set("dfs.namenode.http-address", "127.0.0.1:0");
    conf.set("dfs.datanode.address", "127.0.0.1:0");
    conf.set("dfs.datanode.http.address", "127.0.0.1:0");
    conf.set("dfs.datanode.ipc.address", "127.0.0.1:0");
    MiniDFSCluster cluster = new MiniDFSCluster.Builder(conf).numDataNodes(dataNodes).build();
    cluster.waitActive();
    return new MiniHdfs(cluster);
  }

  /** @return the file system URI, e.g. {@code hdfs://127.0.0.1:41234} */
  public String uri() {
    return "hdfs://127.0.0.1:" + cluster.getNameNodePort();
  }

  /**
   * @return a client of the cluster
   * @throws IOException if it cannot connect
   */
  public FileSystem fileSystem() throws IOException {
    return cluster.getFileSystem();
  }

  /** @return the cluster itself */
  public MiniDFSCluster cluster() {
    return cluster;
  }

  /**
   * Finds the DataNode that serves a replica at a given transfer address.
   *
   * @param name a {@link org.apache.hadoop.fs.BlockLocation#getNames()} entry, {@code host:port}
   * @return its index in {@link MiniDFSCluster#getDataNodes()}
   * @throws IllegalArgumentException if no running DataNode has that address
   */
  public int dataNodeIndex(String name) {
    for (int i = 0; i < cluster.getDataNodes().size(); i++) {
      if (name.endsWith(":" + cluster.getDataNodes().get(i).getXferPort())) {
        return i;
      }
    }
    throw new IllegalArgumentException("no running DataNode at " + name);
  }

  /** Shuts the cluster down. */
  @Override
  public void close() {
    cluster.shutdown();
  }
}
