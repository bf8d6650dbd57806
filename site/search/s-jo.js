DossierSearch.shard("jo", {"joe":"0.2,1.2,1.2,2.2","joint":"0.2,1.2,1.1,1.2","jointly":"2.8","josep":"2.9","joseph":"3.9"});
