DossierSearch.shard("jo", {"joe":"0.4,2.4,1.4","joint":"0.2,2.2,1.1,1.2","jointly":"3.8","joint~":"3.8","josep":"3.9"});
