## brief
