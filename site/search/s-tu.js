DossierSearch.shard("tu", {"tuesday":"0.9","tune":"3.6","turbulence":"2.6","turbul~":"2.6","turn":"0.4,1.4"});
