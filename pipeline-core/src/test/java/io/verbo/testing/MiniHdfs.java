package io.verbo.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * A one-DataNode HDFS (MiniDFSCluster) in the test JVM, bound to 127.0.0.1 on free ports. Use one
 * per test class: start it in {@code @BeforeAll}, close it in {@code @AfterAll}.
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
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, new File(baseDir.toFile(), "dfs").getAbsolutePath());
    conf.set("dfs.namenode.rpc-address", "127.0.0.1:0");
    conf.set("dfs.namenode.http-address", "127.0.0.1:0");
    conf.set("dfs.datanode.address", "127.0.0.1:0");
    conf.set("dfs.datanode.http.address", "127.0.0.1:0");
    conf.set("dfs.datanode.ipc.address", "127.0.0.1:0");
    MiniDFSCluster cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
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

  /** Shuts the cluster down. */
  @Override
  public void close() {
    cluster.shutdown();
  }
}
