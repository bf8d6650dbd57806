DossierSearch.shard("ba", {"backchannels":"1.6","backed":"2.6","bad":"1.6,3.4","baggage":"3.8","balancing":"3.6","banking":"0.6","based":"0.6,1.4","bases":"0.6","basic":"0.6"});
