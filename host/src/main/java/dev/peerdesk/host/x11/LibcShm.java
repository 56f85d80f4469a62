package dev.peerdesk.host.x11;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** System V shared memory (libc), for the MIT-SHM segment. */
interface LibcShm extends Library {
    LibcShm INSTANCE = Native.load("c", LibcShm.class);

    int IPC_PRIVATE = 0;
    int IPC_CREAT = 01000;
    int IPC_RMID = 0;

    int shmget(int key, long size, int shmflg);

    Pointer shmat(int shmid, Pointer shmaddr, int shmflg);

    int shmdt(Pointer shmaddr);

    int shmctl(int shmid, int cmd, Pointer buf);
}
